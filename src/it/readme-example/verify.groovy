// Every console line the README's five-minute example shows is in the build's log, as shown.
def root = new File(basedir, '../../../..').canonicalFile
def readme = new File(root, 'README.md').text
def start = readme.indexOf('```\n[INFO] PASSED    web01 moves to pod B')
assert start >= 0 : 'README.md no longer shows the five-minute console output'
def shown = readme.substring(start + 4)
shown = shown.substring(0, shown.indexOf('```')).readLines().findAll { it.trim() }
assert shown.size() >= 8
def log = new File(basedir, 'build.log').text
shown.each { line ->
    def text = line.replaceFirst(/^\[(INFO|ERROR)\] /, '').trim()
    assert log.contains(text) : "the README shows a line the build does not print: ${text}"
}
assert !log.contains('\tat ') : 'a failed expectation must not print a stack trace'
true
