package vn.loa.app;

/** How much of Loa runs: the whole service, or only the pipeline for files named on the command line. */
public enum Mode {
    /** Watches the inbox, fires timers, serves HTTP. */
    SERVICE,
    /** Intake and delivery routes only, driven by the caller. */
    ONCE
}
