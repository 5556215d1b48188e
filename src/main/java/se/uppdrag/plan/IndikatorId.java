package se.uppdrag.plan;

import java.io.Serializable;

public record IndikatorId(long value) implements Serializable {
}
