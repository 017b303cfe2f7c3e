/*---
id: text-22-markdown-headings
description: "Extracts a table of contents from markdown headings with a multiline regular expression."
kind: benign
category: text
input: { md: "# Intro\ntext\n## Setup\nmore\n## Usage\n### Flags\n" }
expect:
  ultra-secure:    { outcome: allowed, value: [[1, "Intro"], [2, "Setup"], [2, "Usage"], [3, "Flags"]] }
  high-security:   { outcome: allowed, value: [[1, "Intro"], [2, "Setup"], [2, "Usage"], [3, "Flags"]] }
  tenant-isolated: { outcome: allowed, value: [[1, "Intro"], [2, "Setup"], [2, "Usage"], [3, "Flags"]] }
---*/
return [...input.md.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => [m[1].length, m[2]]);
