// Draws the dashboard's charts with ECharts from the JSON the page embeds (#dashboard-data). The same figures are in
// the tables under each chart; without this script the page still says everything.
(function () {
  'use strict';
  var source = document.getElementById('dashboard-data');
  if (!source || typeof window.echarts === 'undefined') {
    return;
  }

  var data = JSON.parse(source.textContent);
  // The words the script writes, in the page's language (the page embeds them with the figures).
  var texts = data.texts;
  var font = getComputedStyle(document.body).fontFamily;
  var colours = ['#1d3f72', '#c8842c', '#2e7d5b', '#b3261e', '#6b5ca5'];
  var drawn = [];

  function follow(chart, links) {
    chart.on('click', function (event) {
      var href = links && links[event.dataIndex];
      if (href) {
        window.location.assign(href);
      }
    });
  }

  function option(spec) {
    var horizontal = spec.kind === 'hbar';
    var categoryAxis = {
      type: 'category',
      data: spec.categories,
      axisLabel: horizontal ? { width: 110, overflow: 'truncate' } : { interval: 0, hideOverlap: true, rotate: spec.categories.length > 6 ? 35 : 0 },
      inverse: horizontal,
    };
    var valueAxis = { type: 'value', minInterval: 1 };
    return {
      color: colours,
      textStyle: { fontFamily: font },
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: spec.series.length > 1 ? { top: 0, data: spec.series.map(function (s) { return s.name; }) } : undefined,
      grid: { left: 8, right: 24, top: spec.series.length > 1 ? 40 : 24, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s) {
        return {
          name: s.name,
          type: s.type,
          data: s.data,
          barMaxWidth: 28,
          cursor: spec.links ? 'pointer' : 'default',
          label: { show: s.type === 'bar' && spec.categories.length <= 8, position: horizontal ? 'right' : 'top' },
        };
      }),
    };
  }

  data.charts.forEach(function (spec) {
    var element = document.getElementById(spec.id);
    if (!element) {
      return;
    }

    if (spec.kind === 'hbar') {
      // One row per category: the chart grows with them (within limits) instead of squeezing them.
      element.style.height = Math.min(420, Math.max(160, 48 + spec.categories.length * 34)) + 'px';
    }

    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(spec));
    follow(chart, spec.links);
    drawn.push(chart);
  });

  var map = data.map;
  var mapElement = map && document.getElementById(map.id);
  if (mapElement) {
    fetch(map.url, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('map ' + map.url + ': HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (geo) {
        window.echarts.registerMap(map.name, geo);
        var chart = window.echarts.init(mapElement, null, { renderer: 'canvas' });
        var max = Math.max(1, Math.max.apply(null, map.data.map(function (d) { return d.value; })));
        chart.setOption({
          textStyle: { fontFamily: font },
          animation: false,
          tooltip: {
            trigger: 'item',
            formatter: function (p) {
              var d = p.data || { value: 0, cases: 0 };
              return p.name + '<br>' + texts.clues + ' ' + d.value + ' · ' + texts.cases + ' ' + d.cases;
            },
          },
          visualMap: { min: 0, max: max, left: 0, bottom: 0, itemHeight: 90, text: [texts.more, texts.fewer], calculable: false, inRange: { color: ['#eef2f8', '#1d3f72'] } },
          series: [{
            type: 'map',
            map: map.name,
            roam: false,
            selectedMode: false,
            layoutCenter: ['50%', '50%'],
            layoutSize: '95%',
            label: { show: map.labels, fontSize: 10, color: '#333' },
            emphasis: { label: { show: true }, itemStyle: { areaColor: '#c8842c' } },
            itemStyle: { borderColor: '#8a97ab', borderWidth: 0.6 },
            // Names on the darkest divisions in white, to stay readable.
            data: map.data.map(function (d) {
              return d.value > max / 2 ? Object.assign({ label: { color: '#fff' } }, d) : d;
            }),
          }],
        });
        chart.on('click', function (event) {
          if (event.data && event.data.href) {
            window.location.assign(event.data.href);
          }
        });
        drawn.push(chart);
      })
      .catch(function (error) {
        mapElement.textContent = texts.mapFailed + error.message;
        mapElement.classList.add('text-danger', 'small');
        console.error(error);
      });
  }

  var pending = 0;
  function resize() {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(function () {
      drawn.forEach(function (chart) { chart.resize(); });
    });
  }
  window.addEventListener('resize', resize);
})();
