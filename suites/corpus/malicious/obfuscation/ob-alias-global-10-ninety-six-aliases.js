/*---
id: ob-alias-global-10-ninety-six-aliases
description: Ninety-six plain aliases of globalThis, deeper than a resolver with
  a fixed depth limit follows.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: obfuscated
references:
  - "sandproof scanner evasion family: plain aliases beyond the resolver depth"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
---*/
// Ninety-six plain aliases of globalThis: deeper than a resolver that gives up at a fixed depth.
const a0 = globalThis; const a1 = a0; const a2 = a1; const a3 = a2; const a4 = a3; const a5 = a4;
const a6 = a5; const a7 = a6; const a8 = a7; const a9 = a8; const a10 = a9; const a11 = a10;
const a12 = a11; const a13 = a12; const a14 = a13; const a15 = a14; const a16 = a15; const a17 = a16;
const a18 = a17; const a19 = a18; const a20 = a19; const a21 = a20; const a22 = a21; const a23 = a22;
const a24 = a23; const a25 = a24; const a26 = a25; const a27 = a26; const a28 = a27; const a29 = a28;
const a30 = a29; const a31 = a30; const a32 = a31; const a33 = a32; const a34 = a33; const a35 = a34;
const a36 = a35; const a37 = a36; const a38 = a37; const a39 = a38; const a40 = a39; const a41 = a40;
const a42 = a41; const a43 = a42; const a44 = a43; const a45 = a44; const a46 = a45; const a47 = a46;
const a48 = a47; const a49 = a48; const a50 = a49; const a51 = a50; const a52 = a51; const a53 = a52;
const a54 = a53; const a55 = a54; const a56 = a55; const a57 = a56; const a58 = a57; const a59 = a58;
const a60 = a59; const a61 = a60; const a62 = a61; const a63 = a62; const a64 = a63; const a65 = a64;
const a66 = a65; const a67 = a66; const a68 = a67; const a69 = a68; const a70 = a69; const a71 = a70;
const a72 = a71; const a73 = a72; const a74 = a73; const a75 = a74; const a76 = a75; const a77 = a76;
const a78 = a77; const a79 = a78; const a80 = a79; const a81 = a80; const a82 = a81; const a83 = a82;
const a84 = a83; const a85 = a84; const a86 = a85; const a87 = a86; const a88 = a87; const a89 = a88;
const a90 = a89; const a91 = a90; const a92 = a91; const a93 = a92; const a94 = a93; const a95 = a94;
return a95.process.env.HOME;
