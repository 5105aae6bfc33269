package com.profitsentinel.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Network addresses as the server judges them. */
public final class Addresses {
    private Addresses() {}

    /** True for a loopback address or name ({@code 127.0.0.1}, {@code ::1}, {@code localhost}); false when unknown. */
    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
