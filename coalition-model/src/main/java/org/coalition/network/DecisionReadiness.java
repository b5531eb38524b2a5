package org.coalition.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coalition.network.InfluenceGraph.Path;
import org.coalition.network.InfluenceNetwork.Person;
import org.coalition.stakeholder.DecisionRole;
import org.coalition.stakeholder.Stance;

/**
 * Would a decision pass today ("path to yes")? It names its approvers and veto holders; it passes when it names at
 * least one and every one of them is on board <em>as far as a recent conversation shows</em>: an approver verified as
 * a supporter or champion, a veto holder verified as at least neutral. An assumed stance blocks, whatever it says:
 * alignment is discovered, never assumed. For each decider the page shows stance, evidence, age of the evidence and
 * the strongest path to them; for each blocker, whom to talk to next (someone who has their ear, else themselves).
 */
public record DecisionReadiness(List<Decider> deciders) {

    /** Why a decider stops the decision today. */
    public enum Block {
        /** No recent conversation backs their stance. */
        UNVERIFIED,
        /** An approver who is not (verified) for it. */
        NOT_FOR_IT,
        /** A veto holder who is (verified) against it. */
        MAY_VETO
    }

    /**
     * One approver or veto holder.
     *
     * @param evidenceDays how many days ago the latest conversation with them was held, or null for none
     * @param path         the strongest short path of a member to them, or null
     * @param ask          whom to talk to next when they block: someone who has their ear, or null (talk to them)
     * @param block        why they stop the decision today, or null when they do not
     */
    public record Decider(Person person, Long evidenceDays, Path path, Person ask, Block block) {

        public boolean blocks() {
            return block != null;
        }
    }

    public static DecisionReadiness of(
            InfluenceNetwork network, Collection<InfluenceGraph.Ref> deciders, LocalDate today) {
        List<Decider> result = new ArrayList<>();
        for (InfluenceGraph.Ref ref : deciders) {
            Person person = network.person(ref).orElse(null);
            if (person == null || person.member()) {
                continue;
            }
            Long days = person.evidenceOn() == null ? null : ChronoUnit.DAYS.between(person.evidenceOn(), today);
            Block block = block(person);
            Path path = network.pathsTo(ref).stream().findFirst().orElse(null);
            Person ask = block == null
                    ? null
                    : network.ear(ref).filter(p -> !p.member()).orElse(null);
            result.add(new Decider(person, days, path, ask, block));
        }
        result.sort(
                java.util.Comparator.comparing((Decider d) -> d.person().name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(d -> d.person().key()));
        return new DecisionReadiness(List.copyOf(result));
    }

    static Block block(Person person) {
        if (!person.verified()) {
            return Block.UNVERIFIED;
        }
        Stance stance = person.stance();
        if (person.decisionRole() == DecisionRole.VETO_HOLDER) {
            return stance.score() < Stance.NEUTRAL.score() ? Block.MAY_VETO : null;
        }
        return stance.score() < Stance.SUPPORTER.score() ? Block.NOT_FOR_IT : null;
    }

    /** Whether it names anyone who decides. */
    public boolean named() {
        return !deciders.isEmpty();
    }

    /** Whether the decision would pass today: someone decides, and nobody who decides blocks it. */
    public boolean passes() {
        return named() && deciders.stream().noneMatch(Decider::blocks);
    }

    /** Those who stop it today. */
    public List<Decider> blockers() {
        return deciders.stream().filter(Decider::blocks).toList();
    }
}
