// newsdex-serve: parses options, binds, answers HTTP requests until SIGTERM or SIGINT, then
// finishes the requests in flight and exits 0.

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "routes.hpp"
#include "serve_options.hpp"
#include "worker_pool.hpp"

int main(int argc, char** argv) {
    using namespace newsdex::serve;
    int exit_code = 0;
    const auto options = parse_serve_options(argc, argv, exit_code);
    if (!options) return exit_code;

    // SIGTERM and SIGINT are taken by one thread with sigwait (every thread inherits the
    // mask), which stops the server from outside any signal handler.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    signal(SIGPIPE, SIG_IGN);  // a client gone mid-answer is a failed write, not our end

    httplib::Server server;
    server.new_task_queue = [&options] {
        return new WorkerPool(options->threads, options->max_queue);
    };
    server.set_payload_max_length(options->max_body);
    // A client that keeps its connection open (a frontend, a benchmark) is not made to
    // reconnect every 5 requests, httplib's default; an idle one lets go of its worker after
    // the keep-alive timeout (5 s).
    server.set_keep_alive_max_count(1000);
    // An answer is written as headers then body: without TCP_NODELAY, Nagle's algorithm holds
    // the body until the client's delayed ACK, some 40 ms a request.
    server.set_tcp_nodelay(true);
    add_routes(server, *options);

    const bool v6 = options->host.find(':') != std::string::npos;
    if (v6) server.set_address_family(AF_INET6);
    const std::string shown_host = v6 ? "[" + options->host + "]" : options->host;
    int port = options->port;
    if (port == 0)
        port = server.bind_to_any_port(options->host);
    else if (!server.bind_to_port(options->host, port))
        port = -1;
    if (port <= 0) {
        std::cerr << "newsdex-serve: cannot listen on " << shown_host << ":" << options->port
                  << " (in use, or not an address of this machine)\n";
        return 2;
    }
    std::cout << "listening on " << shown_host << ":" << port << std::endl;

    std::atomic<bool> listening_over{false}, stopped_by_signal{false};
    std::thread stopper([&] {
        int signal_number = 0;
        sigwait(&stop_signals, &signal_number);
        if (listening_over) return;  // woken by main after listening ended by itself
        stopped_by_signal = true;
        // A signal may come before listen_after_bind has started running.
        while (!listening_over && !server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        server.stop();
    });
    const bool ok = server.listen_after_bind();
    listening_over = true;
    if (!stopped_by_signal) pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    if (!ok && !stopped_by_signal) {
        std::cerr << "newsdex-serve: stopped listening on " << shown_host << ":" << port << '\n';
        return 2;
    }
    return 0;
}
