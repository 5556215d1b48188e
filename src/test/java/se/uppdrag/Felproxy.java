package se.uppdrag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on the loopback interface that a test controls, in front of a real server (MariaDB, GreenMail): it
 * forwards, or refuses (takes each new connection and closes it at once), or stays silent (takes the connection and
 * never answers, as a hanging server does), and it can cut every connection it holds. Faults the way the network and
 * a server give them to the application, without touching either.
 */
public final class Felproxy implements AutoCloseable {

    public enum Lage {
        /** New connections go through to the server. */
        OPPEN,
        /** New connections are closed as soon as they are taken. */
        VAGRAR,
        /** New connections are taken and never answered. */
        TYST
    }

    private final ServerSocket lyssnare;
    private final String malvard;
    private final int malport;
    private final Set<Socket> oppna = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tystaForst = new AtomicInteger();
    private final AtomicInteger anslutningar = new AtomicInteger();
    private volatile Lage lage = Lage.OPPEN;

    public Felproxy(String malvard, int malport) throws IOException {
        this.malvard = malvard;
        this.malport = malport;
        this.lyssnare = new ServerSocket();
        lyssnare.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        var tagare = new Thread(this::ta, "felproxy-" + lyssnare.getLocalPort());
        tagare.setDaemon(true);
        tagare.start();
    }

    public int port() {
        return lyssnare.getLocalPort();
    }

    /** Connections taken so far, in any mode. */
    public int anslutningar() {
        return anslutningar.get();
    }

    public Felproxy lage(Lage nytt) {
        this.lage = nytt;
        return this;
    }

    /** The next {@code antal} connections are taken and never answered; those after them go as the mode says. */
    public Felproxy tystaDeForsta(int antal) {
        tystaForst.set(antal);
        return this;
    }

    /** Closes every connection the proxy holds (forwarded or silent), as a cut cable or a restarted firewall would. */
    public void kapa() {
        for (var socket : oppna) {
            aterstall(socket);
        }
        oppna.clear();
    }

    private void ta() {
        while (!lyssnare.isClosed()) {
            Socket klient;
            try {
                klient = lyssnare.accept();
            } catch (IOException stangd) {
                return;
            }
            anslutningar.incrementAndGet();
            if (tystaForst.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || lage == Lage.TYST) {
                oppna.add(klient); // held open, never read or written: a server that never answers
                continue;
            }
            if (lage == Lage.VAGRAR) {
                aterstall(klient);
                continue;
            }
            try {
                var server = new Socket(malvard, malport);
                oppna.add(klient);
                oppna.add(server);
                var klara = new AtomicInteger();
                pump(klient, server, klara);
                pump(server, klient, klara);
            } catch (IOException nere) {
                aterstall(klient);
            }
        }
    }

    private void pump(Socket fran, Socket till, AtomicInteger klara) {
        var trad = new Thread(() -> {
            try {
                InputStream in = fran.getInputStream();
                OutputStream ut = till.getOutputStream();
                in.transferTo(ut);
                ut.flush();
                till.shutdownOutput(); // the other side's end reaches this side as an ordinary end, after all it sent
            } catch (IOException slut) {
                // one side closed or was cut
                stang(fran);
                stang(till);
            } finally {
                if (klara.incrementAndGet() == 2) { // both ways ended: the connection is over
                    stang(fran);
                    stang(till);
                    oppna.remove(fran);
                    oppna.remove(till);
                }
            }
        }, "felproxy-pump");
        trad.setDaemon(true);
        trad.start();
    }

    /** A reset, not a polite close: as a cut connection or a refusing server looks to the other side. */
    private static void aterstall(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException redanStangd) {
            // closed already
        }
        stang(socket);
    }

    private static void stang(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignorerad) {
            // closed already
        }
    }

    @Override
    public void close() throws IOException {
        lyssnare.close();
        kapa();
    }
}
