/*---
id: text-08-replaceall-escape-html
description: "Escapes HTML special characters with replaceAll in a fixed order."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;" }
  high-security:   { outcome: allowed, value: "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;" }
  tenant-isolated: { outcome: allowed, value: "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;" }
---*/
const s = `<a href="x">Tom & Jerry's</a>`;
return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
