package org.coalition.api.network;

import java.time.LocalDate;
import java.util.List;
import org.coalition.network.DecisionReadiness;
import org.coalition.network.InfluenceGraph;
import org.coalition.network.InfluenceNetwork;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paths to the decision makers and each member's reach, as the network page shows them. */
@Schema(description = "Decision makers with the strongest short paths to them, and each member's reach")
public record NetworkRepresentation(List<DecisionMaker> decisionMakers, List<Reach> reach) {

    /** Someone on a path or a decision maker: {@code key} is {@code m<person id>} or {@code s<stakeholder id>}. */
    public record Person(
            String key, String name, Stance stance, Boolean verified, LocalDate evidenceOn, DecisionRole decisionRole) {

        static Person of(InfluenceNetwork.Person p) {
            return new Person(
                    p.key(), p.name(), p.stance(), p.member() ? null : p.verified(), p.evidenceOn(), p.decisionRole());
        }
    }

    /** A path from a member: everyone on it in order, and its strength (its weakest link). */
    public record Path(List<String> steps, List<String> names, int strength) {

        static Path of(InfluenceNetwork network, InfluenceGraph.Path path) {
            if (path == null) {
                return null;
            }
            return new Path(
                    path.steps().stream().map(InfluenceGraph.Ref::key).toList(),
                    network.steps(path).stream()
                            .map(InfluenceNetwork.Person::name)
                            .toList(),
                    path.strength());
        }
    }

    public record DecisionMaker(Person person, List<Path> paths, String ask) {}

    public record Reach(String key, String name, int decisionMakers) {}

    public static NetworkRepresentation of(InfluenceNetwork network) {
        List<DecisionMaker> deciders = network.decisionMakers().stream()
                .map(d -> new DecisionMaker(
                        Person.of(d.person()),
                        d.paths().stream().map(p -> Path.of(network, p)).toList(),
                        network.ear(d.person().ref())
                                .filter(e -> !e.member())
                                .map(InfluenceNetwork.Person::name)
                                .orElse(null)))
                .toList();
        List<Reach> reach = network.reach().entrySet().stream()
                .map(e -> new Reach(e.getKey().key(), e.getKey().name(), e.getValue()))
                .toList();
        return new NetworkRepresentation(deciders, reach);
    }

    /** Whether a decision would pass today, and each decider with evidence, path, block and whom to ask. */
    @Schema(description = "Decision readiness of a milestone")
    public record Readiness(boolean named, boolean passes, List<Decider> deciders) {

        public record Decider(Person person, Long evidenceDays, Path path, DecisionReadiness.Block block, String ask) {}

        public static Readiness of(InfluenceNetwork network, DecisionReadiness readiness) {
            return new Readiness(
                    readiness.named(),
                    readiness.passes(),
                    readiness.deciders().stream()
                            .map(d -> new Decider(
                                    Person.of(d.person()),
                                    d.evidenceDays(),
                                    Path.of(network, d.path()),
                                    d.block(),
                                    d.ask() == null ? null : d.ask().name()))
                            .toList());
        }
    }
}
