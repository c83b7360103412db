package dev.netmove.engine.flow;

import dev.netmove.engine.topology.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Elects the winner of one FHRP group in one hello domain: the highest priority, then the highest interface IP. */
final class FhrpElector {

    private static final Comparator<GatewayCandidate> ELECTION = Comparator
            .comparingInt(GatewayCandidate::priority).reversed()
            .thenComparing(GatewayCandidate::address, Comparator.reverseOrder())
            .thenComparing(GatewayCandidate::name);

    /** The winner among the voters of one group, and the election as a value. */
    record Outcome(GatewayCandidate winner, FhrpElection election) {
    }

    private FhrpElector() {
    }

    /** @param voters at least one, all running the same FHRP group; {@code filters} bound their hello domain */
    static Outcome elect(List<GatewayCandidate> voters, List<Link> filters) {
        List<GatewayCandidate> ranked = new ArrayList<>(voters);
        ranked.sort(ELECTION);
        GatewayCandidate winner = ranked.get(0);
        List<FhrpElection.Rival> rivals = ranked.subList(1, ranked.size()).stream()
                .map(c -> new FhrpElection.Rival(c.name(), c.priority(), c.address())).toList();
        GatewayProtocol.FhrpGroup group = (GatewayProtocol.FhrpGroup) winner.protocol().orElseThrow();
        FhrpElection election = new FhrpElection(winner.name(), group, winner.svi().vlan(), winner.address(), rivals,
                filters.stream().map(Link::name).toList());
        return new Outcome(winner, election);
    }
}
