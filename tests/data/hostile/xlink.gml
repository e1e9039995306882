<?xml version="1.0" encoding="UTF-8"?>
<ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml" xmlns:xlink="http://www.w3.org/1999/xlink">
  <gml:featureMember>
    <ogr:places fid="places.0">
      <ogr:geometryProperty><gml:Point srsName="EPSG:4326"><gml:coordinates>78.2,34.75</gml:coordinates></gml:Point></ogr:geometryProperty>
      <ogr:name>Local</ogr:name>
    </ogr:places>
  </gml:featureMember>
  <gml:featureMember xlink:href="http://127.0.0.1:9/remote.gml#feature"/>
</ogr:FeatureCollection>
