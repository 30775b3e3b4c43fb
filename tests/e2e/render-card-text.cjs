// Renders the text of Adaptive Cards as a web client does: the adaptivecards library parses each card, and every
// TextBlock's and fact's text goes through the library's markdown step (applyMarkdown), with markdown-it as the
// processor, the one the library's documentation names for hosts. Input on stdin: a JSON array of cards. Output on
// stdout: one array per card of { text, html } for every TextBlock and fact, in document order.
const AC = require("adaptivecards/dist/adaptivecards.js");
const markdownIt = require("markdown-it")();

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdownIt.render(text);
  result.didProcess = true;
};

function walk(element, out) {
  if (!element) return;
  if (element instanceof AC.TextBlock) out.push(element.text ?? "");
  if (element instanceof AC.FactSet) for (const fact of element.facts) out.push(fact.name ?? "", fact.value ?? "");
  if (typeof element.getItemCount === "function") for (let i = 0; i < element.getItemCount(); i++) walk(element.getItemAt(i), out);
  else if (element instanceof AC.ColumnSet) for (let i = 0; i < element.getCount(); i++) walk(element.getColumnAt(i), out);
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", chunk => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(json => {
    const card = new AC.AdaptiveCard();
    card.parse(json, new AC.SerializationContext());
    const texts = [];
    walk(card, texts);
    return texts.map(text => ({ text, html: AC.AdaptiveCard.applyMarkdown(text).outputHtml ?? "" }));
  });
  process.stdout.write(JSON.stringify(results));
});
