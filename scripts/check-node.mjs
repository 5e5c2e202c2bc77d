// Every script of the project runs on the Node 22 that the `node` devDependency puts first
// on npm's PATH; this guard turns a wrong Node into one clear line instead of a crash.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Precinct Desk needs Node.js 22 or newer for its scripts (found ${process.version}); run them through npm in the project folder after "npm install".`,
  );
  process.exit(2);
}
