package org.coalition.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.stakeholder.Level;
import org.coalition.stakeholder.Resource;
import org.coalition.stakeholder.StakeholderDraft;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AllyNetworkServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB AllyNetworkService network;
    @EJB CoalitionService coalitions;
    @EJB StakeholderService stakeholders;
    @EJB SqlCounter sql;
    @EJB TestData data;
    @EJB AsBob bob;
    @EJB AsErin erin;
    @EJB AsDana dana;

    private long coalition(String prefix) {
        return bob.call(() -> coalitions.propose(new CoalitionDraft(prefix + " " + UUID.randomUUID().toString().substring(0, 6),
                "Allies", LocalDate.now().plusMonths(2)))).getId();
    }

    private void stakeholder(long c, String name, String department, Stance stance) {
        StakeholderDraft d = new StakeholderDraft();
        d.setName(name);
        d.setLevel(Level.MANAGER);
        d.setDepartment(department);
        d.setInfluence(3);
        d.setInterest(3);
        d.setResources(EnumSet.of(Resource.DATA));
        d.setStance(stance);
        bob.run(() -> stakeholders.add(c, d));
    }

    @Test
    void should_show_people_of_the_callers_coalitions_only_and_everyone_to_administrators() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long mine = coalition("Mine");
        long others = coalition("Others");
        data.grant(mine, "erin", CoalitionRole.MEMBER);
        stakeholder(mine, "Ally " + tag, "Finance", Stance.SUPPORTER);
        stakeholder(others, "Hidden " + tag, "Finance", Stance.CHAMPION);

        var erinSees = erin.call(() -> network.network("Finance", true, false)).people().stream().map(AllyNetwork.Person::name).toList();
        assertTrue(erinSees.contains("Ally " + tag), erinSees.toString());
        assertFalse(erinSees.contains("Hidden " + tag), "not in a coalition of hers: " + erinSees);
        var danaSees = dana.call(() -> network.network("Finance", true, false)).people().stream().map(AllyNetwork.Person::name).toList();
        assertTrue(danaSees.containsAll(java.util.List.of("Ally " + tag, "Hidden " + tag)), "administrators see all");
    }

    @Test
    void should_read_the_network_with_the_same_number_of_statements_whatever_its_size() {
        long c = coalition("Size");
        int before = bob.call(() -> sql.statementsOf(() -> network.network(null, false, false)));
        for (int i = 0; i < 20; i++) {
            stakeholder(c, "Person " + i, "Dept " + i % 3, Stance.values()[i % 5]);
        }
        int after = bob.call(() -> sql.statementsOf(() -> network.network(null, false, false)));
        assertEquals(before, after);
        assertTrue(after <= 2, after + " statements");
    }
}
