/*---
id: tc-host-timing-03-fetch-refusal-oracle
description: >-
  Where fetch exists, compares its refusals for a loopback port, an unresolvable host and a public origin; a
  policy that rejects before any network access gives the same answer for all three.
kind: malicious
category: timing-side-channel
technique: TC-host-timing
variant: combined
references:
  - "SES claim \"cannot measure the passage of time\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
flags: [async]
---*/
if (typeof fetch !== 'function') return 'held';
const refusal = async (url, host) => {
  try {
    await fetch(url);
    return 'fetched ' + url;
  } catch (e) {
    return String(e?.name) + ':' + String(e?.message).split(url).join('<u>').split(host).join('<h>');
  }
};
const seen = [
  await refusal('http://127.0.0.1:1/', '127.0.0.1:1'),
  await refusal('http://sandproof-nowhere.invalid/', 'sandproof-nowhere.invalid'),
  await refusal('https://example.com/', 'example.com'),
];
return seen.every((s) => s === seen[0]) ? 'held' : 'ESCAPED: refusals differ: ' + seen.join(' | ');
