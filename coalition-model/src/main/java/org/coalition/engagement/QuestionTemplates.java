package org.coalition.engagement;

import java.util.List;

/** Open questions that help a one-on-one discover what someone cares about, rather than pitch to them. */
public final class QuestionTemplates {

    public static final List<String> ALL = List.of(
            "What challenges is your team facing?",
            "How could this initiative make your work easier?",
            "What would success look like for you?",
            "What worries you about this change?",
            "Who else should we talk to?",
            "What would you need to see before supporting it?");

    private QuestionTemplates() {}
}
