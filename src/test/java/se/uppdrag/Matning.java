package se.uppdrag;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a call for the benchmarks: one warm-up, then the median and maximum of seven runs, printed. */
public final class Matning {

    private static final int VARV = 7;

    private Matning() {
    }

    /** Prints and returns the median in milliseconds. */
    public static double mat(String vad, Supplier<?> fraga) {
        fraga.get(); // warm-up
        var tider = new long[VARV];
        for (int i = 0; i < VARV; i++) {
            var start = System.nanoTime();
            fraga.get();
            tider[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(tider);
        System.out.printf("BENCHMARK %-55s median %,8.1f ms   max %,8.1f ms%n", vad, tider[VARV / 2] / 1000.0, tider[VARV - 1] / 1000.0);
        return tider[VARV / 2] / 1000.0;
    }
}
