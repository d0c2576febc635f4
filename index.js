// n8n loads the nodes and credentials listed in package.json's "n8n" section; this entry only lets tools
// that require the package by name find something.
module.exports = {};
