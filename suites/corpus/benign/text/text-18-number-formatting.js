/*---
id: text-18-number-formatting
description: "Formats numbers with toFixed, toPrecision and a hand-written thousands separator instead of Intl."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["3.14", "1.23e+5", "1,234,567.89", "-1,000", "0.0001"] }
  high-security:   { outcome: allowed, value: ["3.14", "1.23e+5", "1,234,567.89", "-1,000", "0.0001"] }
  tenant-isolated: { outcome: allowed, value: ["3.14", "1.23e+5", "1,234,567.89", "-1,000", "0.0001"] }
---*/
const group = (n) => {
  const [int, frac] = Math.abs(n).toFixed(2).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${withCommas}${frac === '00' ? '' : `.${frac}`}`;
};
return [Math.PI.toFixed(2), (123456).toPrecision(3), group(1234567.891), group(-1000), String(0.0001)];
