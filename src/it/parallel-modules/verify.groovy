def log = new File(basedir, 'build.log').text

// Each module fails for its own undefined step, never because the other ran at the same time
// (Cucumber scanning the same jar from two class loaders at once).
assert log.contains('UNDEFINED east uplink survives the move (east.feature:3)')
assert log.contains('UNDEFINED west uplink survives the move (west.feature:3)')
assert !log.contains('could not run')
assert !log.contains('FileSystemAlreadyExistsException')
assert new File(basedir, 'east/target/netmove/cucumber.json').text.contains('east uplink survives the move')
assert new File(basedir, 'west/target/netmove/cucumber.json').text.contains('west uplink survives the move')
true
