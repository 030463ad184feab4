namespace TrustHubGen.Runtime.Tests.Concurrency;

/// <summary>
/// A discrete-event simulation of clients sending requests to one Twilio account, in virtual time: the service admits a
/// request while fewer than its cap are in flight (answering after a latency, with <c>Twilio-Concurrent-Requests</c>) and
/// refuses the others (429 after the same latency, <c>Retry-After: 1</c>). The service frees a slot a little after the client
/// sees the answer, as a real server finishes its response after the bytes left. Each client runs the real
/// <see cref="AdaptiveConcurrencyController"/> with unlimited work; clients of one process share one controller and take
/// turns, as flows do at the gate. Deterministic (seeded), and minutes of traffic take milliseconds.
/// </summary>
internal sealed class AccountSimulation
{
    private readonly PriorityQueue<Action, (double Time, long Order)> _events = new();
    private readonly Random _random;
    private readonly List<Process> _processes = [];
    private long _order;
    private int _serverInFlight;

    public AccountSimulation(int cap, double latencyMs, double jitterMs = 0, int seed = 1)
    {
        Cap = cap;
        LatencyMs = latencyMs;
        JitterMs = jitterMs;
        _random = new Random(seed);
    }

    public int Cap { get; private set; }

    public double LatencyMs { get; }

    public double JitterMs { get; }

    /// <summary>How long after the answer the service still counts the request (its response finishing).</summary>
    public double ReleaseLagMs { get; init; } = 0.3;

    /// <summary>Share of admitted requests answered 429 anyway (with the header), as an injected fault or another limit would.</summary>
    public double RandomRefusalRate { get; init; }

    /// <summary>False: answers carry no <c>Twilio-Concurrent-Requests</c> (a transport that cannot read headers).</summary>
    public bool SendsConcurrencyHeader { get; init; } = true;

    public double Now { get; private set; }

    /// <summary>A process with its own controller; its clients (flows) share it.</summary>
    public Process AddProcess(int maximum = 256, int initial = 8, double startMs = 0, int flows = 1)
    {
        var process = new Process(this, new AdaptiveConcurrencyController(maximum, initial), flows);
        _processes.Add(process);
        At(startMs, process.Pump);
        return process;
    }

    /// <summary>Changes the account's cap at <paramref name="atMs"/>, as Twilio may mid-run.</summary>
    public void ChangeCap(double atMs, int cap) => At(atMs, () => Cap = cap);

    /// <summary>Records every process's controller limit every <paramref name="everyMs"/>.</summary>
    public void SampleLimits(double everyMs)
    {
        void Sample()
        {
            foreach (var p in _processes) p.Limits.Add((Now, p.Controller.Limit, p.InFlight));
            At(Now + everyMs, Sample);
        }
        At(0, Sample);
    }

    public void RunUntil(double endMs)
    {
        while (_events.TryPeek(out _, out var key) && key.Time <= endMs)
        {
            _events.Dequeue()(); // the action reads Now, set just below
        }
        Now = endMs;
    }

    private void At(double time, Action action) => _events.Enqueue(() => { Now = time; action(); }, (time, _order++));

    private double Latency() => Math.Max(0.1, LatencyMs + (JitterMs * ((2 * _random.NextDouble()) - 1)));

    /// <summary>
    /// Time a request spends in the client on each way (serialising and sending, reading the answer): the client counts it in
    /// flight, the service does not. 0: the service counts exactly the client's requests.
    /// </summary>
    public double ClientOverheadMs { get; init; }

    private void Send(Process process, Flow flow, ConcurrencyTicket ticket)
    {
        if (ClientOverheadMs > 0) At(Now + ClientOverheadMs, () => Arrive(process, flow, ticket));
        else Arrive(process, flow, ticket);
    }

    // The request reaches the service: admitted or refused against the cap, answered after the latency (and the way back).
    private void Arrive(Process process, Flow flow, ConcurrencyTicket ticket)
    {
        var latency = Latency();
        var back = latency + ClientOverheadMs;
        if (_serverInFlight < Cap && RandomRefusalRate > 0 && _random.NextDouble() < RandomRefusalRate)
        {
            var header = _serverInFlight + 1;
            At(Now + back, () => process.Answer(flow, ticket, ConcurrencySignal.Throttled, SendsConcurrencyHeader ? header : null));
        }
        else if (_serverInFlight < Cap)
        {
            var header = ++_serverInFlight;
            At(Now + back, () => process.Answer(flow, ticket, ConcurrencySignal.Admitted, SendsConcurrencyHeader ? header : null));
            At(Now + latency + ReleaseLagMs, () => _serverInFlight--);
        }
        else
        {
            var header = _serverInFlight;
            At(Now + back, () => process.Answer(flow, ticket, ConcurrencySignal.Throttled, SendsConcurrencyHeader ? header : null));
        }
    }

    internal sealed class Flow(int index)
    {
        public int Index { get; } = index;

        public List<double> AdmittedAt { get; } = [];

        public List<double> ThrottledAt { get; } = [];

        public int AdmittedBetween(double fromMs, double toMs) => AdmittedAt.Count(t => t >= fromMs && t < toMs);

        public int ThrottledBetween(double fromMs, double toMs) => ThrottledAt.Count(t => t >= fromMs && t < toMs);
    }

    internal sealed class Process
    {
        private readonly AccountSimulation _sim;
        private int _turn;

        public Process(AccountSimulation sim, AdaptiveConcurrencyController controller, int flows)
        {
            _sim = sim;
            Controller = controller;
            Flows = Enumerable.Range(0, flows).Select(i => new Flow(i)).ToList();
        }

        public AdaptiveConcurrencyController Controller { get; }

        public IReadOnlyList<Flow> Flows { get; }

        public int InFlight { get; private set; }

        public int MostInFlight { get; private set; }

        public List<(double Time, int Limit, int InFlight)> Limits { get; } = [];

        public int AdmittedBetween(double fromMs, double toMs) => Flows.Sum(f => f.AdmittedBetween(fromMs, toMs));

        public int ThrottledBetween(double fromMs, double toMs) => Flows.Sum(f => f.ThrottledBetween(fromMs, toMs));

        /// <summary>Sends while the controller allows, the flows taking turns (every flow always has work).</summary>
        public void Pump()
        {
            while (InFlight < Controller.Limit)
            {
                var flow = Flows[_turn++ % Flows.Count];
                InFlight++;
                MostInFlight = Math.Max(MostInFlight, InFlight);
                _sim.Send(this, flow, Controller.OnSend(InFlight, TimeSpan.FromMilliseconds(_sim.Now)));
            }
        }

        public void Answer(Flow flow, ConcurrencyTicket ticket, ConcurrencySignal signal, int? header)
        {
            InFlight--;
            Controller.OnAnswer(ticket, signal, header, TimeSpan.FromMilliseconds(_sim.Now));
            if (signal == ConcurrencySignal.Admitted) flow.AdmittedAt.Add(_sim.Now);
            else flow.ThrottledAt.Add(_sim.Now);   // it waits out Retry-After outside the gate; the flow's other work goes on
            Pump();
        }
    }
}
