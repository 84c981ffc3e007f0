package org.ganstudio.engine.api;

import java.util.List;

/**
 * What the numeric self-check at start-up found, and the way of computing convolutions it chose.
 *
 * @param mode how convolutions are computed now, in words
 * @param trustworthy true when that way passed every check; false means the studio refuses to train
 * @param fellBack true when the preferred way gave wrong numbers on this computer and a slower one is in use
 * @param summary one line for a status bar or a log
 * @param checks the checks of the way in use
 * @param millis how long the checks took
 */
public record NumericsReport(String mode, boolean trustworthy, boolean fellBack, String summary,
        List<NumericCheck> checks, long millis) {

    public NumericsReport {
        checks = List.copyOf(checks);
    }
}
