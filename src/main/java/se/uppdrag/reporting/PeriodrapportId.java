package se.uppdrag.reporting;

import java.io.Serializable;

public record PeriodrapportId(long value) implements Serializable {
}
