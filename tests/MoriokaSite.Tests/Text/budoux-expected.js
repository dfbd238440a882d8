// Makes budoux-expected.json: the phrases BudouX's own parser gives for each sentence of budoux-sentences.txt, so
// that PhraseSegmenterTests can hold the generator's reading of the model to BudouX's.
// Run from this folder with the BudouX version of generator/Text/Phrases/README.md:
//   npm pack budoux@0.9.2 && tar xzf budoux-0.9.2.tgz && node budoux-expected.js package > budoux-expected.json
const fs = require('fs');
const path = require('path');
// The parser and the model alone: BudouX's index also loads its HTML tools, which need a DOM package.
const {Parser} = require(path.resolve(process.argv[2], 'dist/parser.js'));
const {model} = require(path.resolve(process.argv[2], 'dist/data/models/ja.js'));
const parser = new Parser(model);
const sentences = fs.readFileSync(path.join(__dirname, 'budoux-sentences.txt'), 'utf8').split('\n').filter(s => s !== '');
process.stdout.write(JSON.stringify(sentences.map(s => ({sentence: s, phrases: parser.parse(s)})), null, 1) + '\n');
