// Parses Adaptive Cards with Microsoft's own renderer library (npm adaptivecards) and reports every problem it finds.
// Input on stdin: a JSON array of cards. Output on stdout: a JSON array, one list of problems per card.
const AC = require("adaptivecards/dist/adaptivecards.js");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", chunk => (input += chunk));
process.stdin.on("end", () => {
  const cards = JSON.parse(input);
  const results = cards.map(json => {
    const context = new AC.SerializationContext();
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    const problems = [];
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      problems.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
    }
    // validateProperties walks the parsed card and reports structural problems (missing ids, bad targets, …).
    const validation = card.validateProperties();
    for (const e of validation.validationEvents) problems.push(`${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
    if (card.version?.toString() !== json.version) problems.push(`version parsed as ${card.version}`);
    return problems;
  });
  process.stdout.write(JSON.stringify(results));
});
