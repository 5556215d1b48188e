package se.uppdrag.plan;

import java.io.Serializable;

public record PlanId(long value) implements Serializable {
}
