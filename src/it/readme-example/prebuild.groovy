// Writes the README's five-minute feature file and the demo's dc1.yaml it runs on, so the README shows what a
// build really does: a README edit that no longer holds fails this build.
def root = new File(basedir, '../../../..').canonicalFile
def readme = new File(root, 'README.md').text
def start = readme.indexOf('```gherkin\nFeature: the web tier can move to pod B')
assert start >= 0 : 'README.md no longer holds the five-minute feature'
def body = readme.substring(start + '```gherkin\n'.length())
body = body.substring(0, body.indexOf('```'))
def features = new File(basedir, 'src/test/features')
features.mkdirs()
new File(features, 'web-tier.feature').text = body
new File(features, 'dc1.yaml').text = new File(root, 'features/src/test/features/vlans/dc1.yaml').text
true
