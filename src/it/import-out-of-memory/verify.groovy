def log = new File(basedir, 'build.log').text
assert log.contains("netmove: the import of src/test/features/dc.yaml ran out of memory: Maven's Java heap (at most ")
assert log.contains(' MiB) is too small for it; give Maven more heap, for instance MAVEN_OPTS=-Xmx2g, or the line -Xmx2g'
        + " in the project's .mvn/jvm.config")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') // no stack trace
true
