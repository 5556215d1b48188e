/** Outgoing mail. In development it is captured by an embedded SMTP server instead of being sent. */
@NullMarked
package se.uppdrag.notification;

import org.jspecify.annotations.NullMarked;
