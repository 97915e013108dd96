// Prints, for each paramcount JSON summary on stdin (one per line), the summary that
// TensorFlow.js's unmodified LayersModel.prototype.summary prints for a stand-in model with
// the same layers. tfjs lays rows out exactly as tf.keras 2.x did (append a field, cut at its
// column, pad, blank the last character before the next field); we give it Keras 2.x's
// 65-column positions (29, 55, 65; its extra "Input Shape" column is given zero width at 29)
// and Python's tuple spelling of shapes, which is the only thing we change.
//
//   npm install && java ... summary --preset X --format json | node classic_rows.cjs
const tfl = require('@tensorflow/tfjs-layers');
const readline = require('readline');

const pythonTuple = (shape) =>
  '(' + shape.map((d) => (d === null ? 'None' : String(d))).join(', ') + (shape.length === 1 ? ',)' : ')');

function standIn(summary) {
  const layers = summary.layers.map((l) => ({
    name: l.name,
    inboundNodes: [],
    outputShape: l.outputShape,
    getClassName: () => l.type,
    countParams: () => l.params,
  }));
  return {
    built: true,
    layers,
    nodesByDepth: {},
    checkTrainableWeightsConsistency: () => {},
    trainableWeights: summary.layers.map((l) => ({ shape: [l.trainableParams] })),
    nonTrainableWeights: summary.layers.map((l) => ({ shape: [l.params - l.trainableParams] })),
  };
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
  if (!line.trim()) return;
  const summary = JSON.parse(line);
  const out = [];
  const stringify = JSON.stringify;
  JSON.stringify = (v, ...rest) => (Array.isArray(v) ? pythonTuple(v) : stringify(v, ...rest));
  try {
    tfl.LayersModel.prototype.summary.call(standIn(summary), 65, [29, 29, 55, 65], (s) => out.push(s));
  } finally {
    JSON.stringify = stringify;
  }
  process.stdout.write(out.join('\n') + '\n');
});
