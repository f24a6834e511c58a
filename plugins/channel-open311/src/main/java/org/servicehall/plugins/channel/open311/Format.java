package org.servicehall.plugins.channel.open311;

/** The client's format, from the resource's extension. */
enum Format {
    XML("text/xml; charset=utf-8"), JSON("application/json; charset=utf-8");

    final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }
}
