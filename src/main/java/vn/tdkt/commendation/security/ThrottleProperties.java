package vn.tdkt.commendation.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits against guessing passwords and flooding the one anonymous write ({@code tdkt.security.throttle}).
 * Failed logins are counted per client address and per user name within a window; when either count
 * reaches its limit, further logins from that client or for that user are answered 429 until the window ends.
 */
@ConfigurationProperties("tdkt.security.throttle")
record ThrottleProperties(int loginFailuresPerClient, int loginFailuresPerUser, Duration loginWindow,
    int complaintsPerClient, Duration complaintWindow, DataSize complaintMaxBody, int maxTrackedKeys) {
}
