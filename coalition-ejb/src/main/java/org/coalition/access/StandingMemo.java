package org.coalition.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the caller stands in each coalition, remembered for one request (a page makes a dozen service
 * calls, each checking access) and only while nothing was written: any committed change moves the
 * {@link org.coalition.shared.ChangeStamp} and the next check reads again. The next request always reads
 * afresh, so a revoked role is refused from the very next request.
 */
@RequestScoped
public class StandingMemo {

    record Key(long coalitionId, String username, long stamp) {}

    private final Map<Key, Object> standings = new HashMap<>();

    Object get(Key key) {
        return standings.get(key);
    }

    void put(Key key, Object standing) {
        standings.put(key, standing);
    }
}
