package vn.loa.crash;

import java.net.SocketException;

/**
 * Keeps the console readable: a client killed or cut off mid-session makes each GreenMail SMTP handler thread
 * ({@code smtp:HOST:PORT<-…}) die with "Unexpected error handling connection" caused by a socket error, which is
 * expected here. Those are dropped; anything else goes to the handler that was installed before.
 */
final class QuietSinkThreads implements AutoCloseable {

    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();

    QuietSinkThreads() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (thread.getName().startsWith("smtp:") && causedBySocket(e)) {
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        });
    }

    private static boolean causedBySocket(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
