/*---
id: text-17-camel-snake-convert
description: "Converts between camelCase and snake_case with replace callbacks."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["user_id_value", "userIdValue", "html_parser"] }
  high-security:   { outcome: allowed, value: ["user_id_value", "userIdValue", "html_parser"] }
  tenant-isolated: { outcome: allowed, value: ["user_id_value", "userIdValue", "html_parser"] }
---*/
const toSnake = (s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
return [toSnake('userIdValue'), toCamel('user_id_value'), toSnake('htmlParser')];
