package jp.cityplan.app.config.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For counts only when the app is configured to be behind its own proxies, and then only their part. */
class ClientAddressResolverTest {

    @Test
    void by_default_the_header_is_ignored_so_a_client_cannot_pose_as_many() {
        ClientAddressResolver direct = new ClientAddressResolver(0);

        assertThat(direct.clientOf(request("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
        assertThat(direct.clientOf(request("203.0.113.5", "198.51.100.2"))).isEqualTo("203.0.113.5");
    }

    @Test
    void behind_one_proxy_the_address_it_appended_is_the_client() {
        ClientAddressResolver behindOne = new ClientAddressResolver(1);

        assertThat(behindOne.clientOf(request("10.0.0.2", "198.51.100.7"))).isEqualTo("198.51.100.7");
        // what the client wrote itself stands left of what the proxy appended, and is ignored
        assertThat(behindOne.clientOf(request("10.0.0.2", "1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(behindOne.clientOf(request("10.0.0.2", null))).isEqualTo("10.0.0.2");
        assertThat(behindOne.clientOf(request("10.0.0.2", "not-an-address"))).isEqualTo("10.0.0.2");
        assertThat(behindOne.clientOf(request("10.0.0.2", "2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void behind_two_proxies_the_second_address_from_the_right_is_the_client() {
        ClientAddressResolver behindTwo = new ClientAddressResolver(2);

        assertThat(behindTwo.clientOf(request("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9"))).isEqualTo("198.51.100.7");
        MockHttpServletRequest twoHeaders = request("10.0.0.2", "6.6.6.6, 198.51.100.7");
        twoHeaders.addHeader(ClientAddressResolver.FORWARDED_FOR, "10.0.0.9");
        assertThat(behindTwo.clientOf(twoHeaders)).isEqualTo("198.51.100.7");
        assertThatThrownBy(() -> new ClientAddressResolver(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/proposals");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader(ClientAddressResolver.FORWARDED_FOR, forwardedFor);
        }
        return request;
    }
}
