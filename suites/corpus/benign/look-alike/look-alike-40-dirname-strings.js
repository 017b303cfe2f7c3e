/*---
id: look-alike-40-dirname-strings
description: "Joins paths that contain __dirname and __filename as literal text in a template generator."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["${__dirname}/views/index.html", 2] }
  high-security:   { outcome: allowed, value: ["${__dirname}/views/index.html", 2] }
  tenant-isolated: { outcome: allowed, value: ["${__dirname}/views/index.html", 2] }
---*/
const tpl = ['${__dirname}', 'views', 'index.html'].join('/');
return [tpl, (tpl + '__filename').split('__').length - 1];
