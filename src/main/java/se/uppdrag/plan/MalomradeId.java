package se.uppdrag.plan;

import java.io.Serializable;

public record MalomradeId(long value) implements Serializable {
}
