package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.coalition.shared.ChangeStamp;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The change stamp the caches trust moves once per transaction, after it committed (ChangeStampAfterCommit). */
@ExtendWith(ArquillianExtension.class)
class ChangeStampIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Resource
    UserTransaction transaction;

    @EJB
    TestData data;

    @Test
    void should_move_the_stamp_once_after_the_transaction_that_wrote_has_committed() throws Exception {
        transaction.begin();
        long before = ChangeStamp.current();
        data.person("stamp-a-" + UUID.randomUUID());
        data.person("stamp-b-" + UUID.randomUUID());
        data.flush();
        long whileOpen = ChangeStamp.current();
        transaction.commit();

        assertEquals(before, whileOpen, "a write not yet committed must not move the stamp");
        assertEquals(before + 1, ChangeStamp.current(), "one move for the whole transaction");
    }
}
