package se.uppdrag.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProcessmotornsSchemaTest {

    @Test
    void versions_compare_number_by_number() {
        assertThat(ProcessmotornsSchema.jamfor("8.0.0.0", "8.0.0.0")).isZero();
        assertThat(ProcessmotornsSchema.jamfor("7.1.0.2", "8.0.0.0")).isNegative();
        assertThat(ProcessmotornsSchema.jamfor("8.0.10.0", "8.0.9.0")).isPositive();
        assertThat(ProcessmotornsSchema.jamfor("8.0", "8.0.0.0")).isZero();
    }

    @Test
    void a_refused_schema_is_reported_as_one_line_without_a_stack_trace() {
        var fel = new ByteArrayOutputStream();
        var tidigare = System.err;
        System.setErr(new PrintStream(fel, true, StandardCharsets.UTF_8));
        boolean rapporterad;
        try {
            rapporterad = new ProcessmotornsSchemaRapport(null).reportException(new IllegalStateException("wrapped",
                    new IllegalStateException("bean", new ProcessmotornsSchemaException("Uppdrag kan inte starta: schemat"))));
        } finally {
            System.setErr(tidigare);
        }

        assertThat(rapporterad).isTrue();
        assertThat(fel.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1).isEqualTo("Uppdrag kan inte starta: schemat");
        assertThat(new ProcessmotornsSchemaRapport(null).reportException(new IllegalStateException("annat"))).isFalse();
    }
}
