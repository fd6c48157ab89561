require('fs').writeFileSync(__dirname + '/EXECUTED', 'pwned');
module.exports = {};
