#pragma once

#include <string>

namespace medinexus::server::net {

/// Who owns a WebSocket notification channel. RequestHandler::authorizeWebSocket decides it
/// from the upgrade request; NotificationHub can filter on it when publishing.
struct WebSocketSubscriber {
    std::string userId;
    std::string facilityId;

    friend bool operator==(const WebSocketSubscriber &, const WebSocketSubscriber &) = default;
};

} // namespace medinexus::server::net
