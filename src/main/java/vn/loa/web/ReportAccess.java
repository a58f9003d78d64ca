package vn.loa.web;

import org.apache.camel.Exchange;

/**
 * Who may read a report of a unit (null: of every unit). Today the admin bearer token; the console's signed-in
 * sessions of a unit are the second way in, added beside it.
 */
@FunctionalInterface
public interface ReportAccess {

    /** True when the request may read the report; otherwise the 401 or 403 answer is already set. */
    boolean allows(Exchange exchange, String unitId);

    static ReportAccess admin(AdminAuth auth) {
        return (exchange, unitId) -> auth.allows(exchange);
    }
}
