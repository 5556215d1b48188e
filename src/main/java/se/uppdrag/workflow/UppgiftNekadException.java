package se.uppdrag.workflow;

import org.springframework.security.access.AccessDeniedException;

/** The user may not act on the task (not its assignee, not in its group, or it is gone). */
public class UppgiftNekadException extends AccessDeniedException {

    public UppgiftNekadException(String meddelande) {
        super(meddelande);
    }
}
