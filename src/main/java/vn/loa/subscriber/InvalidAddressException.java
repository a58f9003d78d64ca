package vn.loa.subscriber;

import vn.loa.i18n.Messages;

/** An address (or Zalo user id) that cannot be a list member, with the value and the reason. */
public class InvalidAddressException extends IllegalArgumentException {

    private final String value;
    private final String reason;

    public InvalidAddressException(String value, String reason) {
        super(Messages.t("subscribers.address.invalid", value, reason));
        this.value = value;
        this.reason = reason;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
