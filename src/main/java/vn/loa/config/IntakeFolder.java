package vn.loa.config;

/** Settings of one inbox subfolder ({@code intake.folders.<unit>}): a longer window for a folder fed by slow copies. */
public record IntakeFolder(Long stableMillis) {
}
