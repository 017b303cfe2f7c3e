/*---
id: look-alike-54-html-comment-in-string
description: "Holds HTML comment markers <!-- and --> inside strings of a template, not as Annex-B comments."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["<!-- header -->", 2] }
  high-security:   { outcome: allowed, value: ["<!-- header -->", 2] }
  tenant-isolated: { outcome: allowed, value: ["<!-- header -->", 2] }
---*/
const html = '<!-- header --><p>hi</p><!-- footer -->';
return [html.slice(0, 15), html.match(/<!--/g).length];
