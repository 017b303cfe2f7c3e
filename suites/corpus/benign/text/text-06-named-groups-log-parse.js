/*---
id: text-06-named-groups-log-parse
description: "Parses log lines with named capture groups into structured records."
kind: benign
category: text
input: { lines: ["2024-01-02 12:00:01 INFO start", "2024-01-02 12:00:05 WARN disk 91%", "garbage"] }
expect:
  ultra-secure:    { outcome: allowed, value: [{ level: "INFO", msg: "start", sec: "01" }, { level: "WARN", msg: "disk 91%", sec: "05" }, null] }
  high-security:   { outcome: allowed, value: [{ level: "INFO", msg: "start", sec: "01" }, { level: "WARN", msg: "disk 91%", sec: "05" }, null] }
  tenant-isolated: { outcome: allowed, value: [{ level: "INFO", msg: "start", sec: "01" }, { level: "WARN", msg: "disk 91%", sec: "05" }, null] }
---*/
const re = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:(?<sec>\d{2}) (?<level>[A-Z]+) (?<msg>.*)$/;
return input.lines.map((l) => {
  const m = re.exec(l);
  return m ? { level: m.groups.level, msg: m.groups.msg, sec: m.groups.sec } : null;
});
