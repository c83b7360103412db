// netmove's SimGrid driver: runs a migration case written by dev.netmove.engine.bench.SimGridComparison through
// SimGrid's live-migration plugin, timing only Engine::run(). See README.md beside this file.
//
//   migrations <case file> <results csv> [--cfg=...]...
//
// The case: "setting <key> <value>", "host <name> <slots>", "link <direction> <free bytes/s>" and, in the order
// asked, "vm <name> <source> <destination> <first round bytes> <dirty bytes/s> <working set bytes> <directions>".

#include <simgrid/plugins/live_migration.h>
#include <simgrid/s4u.hpp>
#include <simgrid/s4u/VirtualMachine.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace sg4 = simgrid::s4u;

namespace {

struct Migration {
  int order = 0;
  std::string vm;
  std::string source;
  std::string destination;
  double first_round = 0;  // bytes of the guest's memory in use: the first pre-copy round
  double dirty_rate = 0;   // bytes per second the guest dirties
  double working_set = 0;  // bytes: no round sends more
  std::vector<std::string> directions;
  double started = -1;
  double ended = -1;
};

struct Case {
  std::map<std::string, double> settings;
  std::vector<std::pair<std::string, int>> hosts;
  std::vector<std::pair<std::string, double>> links;
  std::vector<Migration> migrations;

  double setting(const std::string& key) const
  {
    auto found = settings.find(key);
    if (found == settings.end())
      throw std::runtime_error("the case has no setting " + key);
    return found->second;
  }
};

Case read_case(const std::string& file)
{
  std::ifstream in(file);
  if (not in)
    throw std::runtime_error("cannot read " + file);
  Case c;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    line_number++;
    if (line.empty() || line[0] == '#')
      continue;
    std::istringstream words(line);
    std::string kind;
    words >> kind;
    if (kind == "setting") {
      std::string key;
      double value;
      words >> key >> value;
      c.settings[key] = value;
    } else if (kind == "host") {
      std::string name;
      int slots;
      words >> name >> slots;
      c.hosts.emplace_back(name, slots);
    } else if (kind == "link") {
      std::string name;
      double rate;
      words >> name >> rate;
      c.links.emplace_back(name, rate);
    } else if (kind == "vm") {
      Migration m;
      std::string directions;
      words >> m.vm >> m.source >> m.destination >> m.first_round >> m.dirty_rate >> m.working_set >> directions;
      std::istringstream list(directions);
      std::string direction;
      while (std::getline(list, direction, ','))
        m.directions.push_back(direction);
      m.order = static_cast<int>(c.migrations.size());
      c.migrations.push_back(m);
    } else {
      throw std::runtime_error(file + ":" + std::to_string(line_number) + ": unknown line kind '" + kind +
                               "', expected setting, host, link or vm");
    }
    if (words.fail())
      throw std::runtime_error(file + ":" + std::to_string(line_number) + ": cannot read '" + line + "'");
  }
  return c;
}

// The way back along a stream's directions (for the plugin's zero-byte acknowledgements): direction i of the way
// there is "<link>><device it enters>"; on the way back it enters the device direction i-1 entered (or the source).
std::vector<std::string> way_back(const Migration& m)
{
  std::vector<std::string> back;
  for (size_t i = m.directions.size(); i-- > 0;) {
    const std::string& there = m.directions[i];
    std::string link         = there.substr(0, there.rfind('>'));
    std::string enters = i == 0 ? m.source : m.directions[i - 1].substr(m.directions[i - 1].rfind('>') + 1);
    back.push_back(link + ">" + enters);
  }
  return back;
}

// Host slots and the migrations waiting for them, in the order asked, as netmove's simulator keeps them.
class Scheduler {
  Case& case_;
  double efficiency_;
  double setup_;
  double resume_;
  double device_;
  double stream_cap_; // bytes on the wire: netmove's streams deliver efficiency x their rate: volume / efficiency
  std::map<std::string, int> free_;
  std::map<std::string, std::set<int>> waiting_;

public:
  explicit Scheduler(Case& c)
      : case_(c)
      , efficiency_(c.setting("efficiency"))
      , setup_(c.setting("setup"))
      , resume_(c.setting("resume"))
      , device_(c.setting("device"))
      , stream_cap_(c.setting("streamcap") > 0 ? c.setting("streamcap") : 1e15)
  {
    for (auto const& [host, slots] : c.hosts)
      free_[host] = slots;
  }

  void ask_all()
  {
    for (Migration& m : case_.migrations) {
      if (not try_start(m)) {
        waiting_[m.source].insert(m.order);
        waiting_[m.destination].insert(m.order);
      }
    }
  }

private:
  bool try_start(Migration& m)
  {
    if (free_[m.source] == 0 || free_[m.destination] == 0)
      return false;
    free_[m.source]--;
    free_[m.destination]--;
    m.started = sg4::Engine::get_clock();
    sg4::Host* source = sg4::Host::by_name(m.source);
    sg4::Actor::create("migrate:" + m.vm, source, [this, &m, source]() { migrate(m, source); });
    return true;
  }

  // The VM exists only while it migrates: SimGrid's VM model visits every VM at each event, so VMs that wait or
  // have arrived would only slow it down; the guest computes (and so dirties memory) only as long, too.
  void migrate(Migration& m, sg4::Host* source)
  {
    sg4::Host* destination = sg4::Host::by_name(m.destination);
    sg4::VirtualMachine* vm = source->create_vm(m.vm, 1, static_cast<size_t>(m.first_round / efficiency_));
    vm->start();
    sg_vm_set_migration_speed(vm, stream_cap_);
    // the plugin dirties migration_speed x intensity x flops / host speed bytes: one flop per second here
    sg_vm_set_dirty_page_intensity(vm, m.dirty_rate / efficiency_ / stream_cap_);
    sg_vm_set_working_set_memory(vm, static_cast<sg_size_t>(m.working_set / efficiency_));
    sg4::ExecPtr guest = m.dirty_rate > 0 ? sg4::this_actor::exec_init(1e9)->set_host(vm)->start() : nullptr;
    if (setup_ > 0)
      sg4::this_actor::sleep_for(setup_);
    sg_vm_migrate(vm, destination);
    if (guest)
      guest->cancel();
    // the plugin has no device state: it follows the last round, sent while the guest is still paused in netmove
    if (device_ > 0)
      sg4::Comm::sendto(source, destination, static_cast<uint64_t>(device_ / efficiency_));
    if (resume_ > 0)
      sg4::this_actor::sleep_for(resume_);
    m.ended = sg4::Engine::get_clock();
    vm->destroy();
    freed(m);
  }

  void freed(const Migration& m)
  {
    free_[m.source]++;
    free_[m.destination]++;
    std::set<int> candidates = waiting_[m.source];
    candidates.insert(waiting_[m.destination].begin(), waiting_[m.destination].end());
    for (int order : candidates) {
      Migration& next = case_.migrations[order];
      if (try_start(next)) {
        waiting_[next.source].erase(order);
        waiting_[next.destination].erase(order);
      }
    }
  }
};

double cpu_seconds()
{
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
  sg4::Engine engine(&argc, argv);
  if (argc != 3) {
    std::cerr << "usage: " << argv[0] << " <case file> <results csv> [--cfg=...]...\n";
    return 2;
  }
  Case c = read_case(argv[1]);
  sg_vm_live_migration_plugin_init();

  auto* zone = sg4::create_full_zone("datacenter");
  for (auto const& [name, slots] : c.hosts)
    zone->create_host(name, 1.0)->set_core_count(4096)->seal(); // 1 flop/s: a guest's flops count its seconds
  std::map<std::string, sg4::Link*> links;
  for (auto const& [name, rate] : c.links) {
    sg4::Link* link = zone->create_link(name, rate)->set_latency(0)->seal();
    links[name]     = link;
  }
  std::set<std::pair<std::string, std::string>> routed;
  auto add_route = [&](const std::string& from, const std::string& to, const std::vector<std::string>& path) {
    if (not routed.insert({from, to}).second)
      return;
    std::vector<sg4::LinkInRoute> route;
    for (auto const& direction : path) {
      auto found = links.find(direction);
      if (found == links.end())
        throw std::runtime_error("the case has no link " + direction);
      route.emplace_back(found->second);
    }
    zone->add_route(sg4::Host::by_name(from)->get_netpoint(), sg4::Host::by_name(to)->get_netpoint(), nullptr,
                    nullptr, route, false);
  };
  for (auto const& m : c.migrations) {
    add_route(m.source, m.destination, m.directions);
    add_route(m.destination, m.source, way_back(m));
  }
  zone->seal();

  Scheduler scheduler(c);
  scheduler.ask_all();

  double cpu_start = cpu_seconds();
  auto wall_start  = std::chrono::steady_clock::now();
  engine.run();
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  double cpu  = cpu_seconds() - cpu_start;

  std::ofstream out(argv[2]);
  out.precision(12);
  out << "vm,started_s,ended_s\n";
  int unfinished = 0;
  for (auto const& m : c.migrations) {
    out << m.vm << ',' << m.started << ',' << m.ended << '\n';
    unfinished += m.ended < 0;
  }
  std::printf("simgrid %s migrations=%zu wall_ms=%.1f cpu_ms=%.1f end_s=%.3f unfinished=%d\n", argv[1],
              c.migrations.size(), wall * 1e3, cpu * 1e3, sg4::Engine::get_clock(), unfinished);
  return 0;
}
